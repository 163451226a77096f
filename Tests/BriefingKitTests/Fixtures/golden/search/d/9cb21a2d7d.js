briefingSearchData("d/9cb21a2d7d",{"f":[],"t":[["north",5,"n:2;g:b;1:3,9,2"],["northern",1,"1:c"]]});
