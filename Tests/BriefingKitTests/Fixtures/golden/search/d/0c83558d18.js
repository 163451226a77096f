briefingSearchData("d/0c83558d18",{"f":[],"t":[["figure",1,"c:4"]]});
