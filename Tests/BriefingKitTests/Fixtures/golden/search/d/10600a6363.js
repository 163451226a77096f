briefingSearchData("d/10600a6363",{"f":[],"t":[["state",6,"h:d;e:h;7:b,1;1:6,9"],["stay",1,"2:5"],["story",1,"8:f"],["strategic",1,"g:e"]]});
