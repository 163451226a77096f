briefingSearchData("d/ed0b35fd6e",{"f":[],"t":[["has",1,"1:2"]]});
