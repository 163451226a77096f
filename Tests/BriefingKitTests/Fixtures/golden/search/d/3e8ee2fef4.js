briefingSearchData("d/3e8ee2fef4",{"f":[],"t":[["mutual",1,"1:e"]]});
