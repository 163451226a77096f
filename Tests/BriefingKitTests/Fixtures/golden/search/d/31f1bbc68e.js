briefingSearchData("d/31f1bbc68e",{"f":[],"t":[["government",1,"1:d"]]});
