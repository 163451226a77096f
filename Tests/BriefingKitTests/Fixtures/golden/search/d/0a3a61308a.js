briefingSearchData("d/0a3a61308a",{"f":[],"t":[["as",1,"1:b"],["asia",2,"1:b,1"],["assistance",1,"1:e"]]});
