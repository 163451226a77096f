briefingSearchData("d/006ddf8fe5",{"f":[],"t":[["are",3,"5:8,1;2:3"],["arriv",1,"1:3"],["article",1,"1:e"]]});
