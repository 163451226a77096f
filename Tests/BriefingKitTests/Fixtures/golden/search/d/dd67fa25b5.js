briefingSearchData("d/dd67fa25b5",{"f":[],"t":[["again",1,"1:3"],["agree",2,"1:3,3"]]});
