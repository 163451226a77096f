briefingSearchData("d/5bc386e7f5",{"f":[],"t":[["source",1,"1:4"]]});
