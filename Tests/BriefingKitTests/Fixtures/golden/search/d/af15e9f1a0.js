briefingSearchData("d/af15e9f1a0",{"f":[],"t":[["europe",1,"1:c"]]});
