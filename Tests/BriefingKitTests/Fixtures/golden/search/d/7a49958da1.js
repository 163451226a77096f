briefingSearchData("d/7a49958da1",{"f":[],"t":[["co",1,"6:f"],["code",1,"2:5"],["come",1,"c:5"],["comprehensive",1,"g:e"],["concept",1,"6:d"],["contest",2,"5:9;1:3"]]});
