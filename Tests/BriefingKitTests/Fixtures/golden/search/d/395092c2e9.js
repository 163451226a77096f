briefingSearchData("d/395092c2e9",{"f":[],"t":[["sign",4,"6:7;1:1,1,a"],["signature",1,"c:1"]]});
