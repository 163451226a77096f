briefingSearchData("d/a61b3ac1a7",{"f":[],"t":[["outlet",1,"1:d"]]});
