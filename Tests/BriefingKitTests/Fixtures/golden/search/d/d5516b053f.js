briefingSearchData("d/d5516b053f",{"f":[],"t":[["in",5,"h:2;5:7;1:1,a,1"],["incorrect",1,"6:7"]]});
