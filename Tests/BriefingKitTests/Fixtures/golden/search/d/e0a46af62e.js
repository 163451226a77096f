briefingSearchData("d/e0a46af62e",{"f":[],"t":[["act",1,"c:3"]]});
