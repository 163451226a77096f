briefingSearchData("d/820e8aa8d8",{"f":[],"t":[["east",1,"1:b"],["eastern",1,"1:c"]]});
