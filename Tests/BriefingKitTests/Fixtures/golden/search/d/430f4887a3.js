briefingSearchData("d/430f4887a3",{"f":[],"t":[["russia",6,"h:c;5:6;2:5;1:2,2,a"],["russian",1,"6:c"]]});
