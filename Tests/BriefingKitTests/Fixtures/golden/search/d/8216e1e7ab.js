briefingSearchData("d/8216e1e7ab",{"f":[],"t":[["brief",1,"1:1"],["broadcast",1,"8:h"]]});
