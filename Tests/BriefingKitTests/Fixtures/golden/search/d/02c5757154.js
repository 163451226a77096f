briefingSearchData("d/02c5757154",{"f":[],"t":[["item",1,"1:f"],["its",2,"5:8;1:3"]]});
