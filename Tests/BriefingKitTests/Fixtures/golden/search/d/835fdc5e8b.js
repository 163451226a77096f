briefingSearchData("d/835fdc5e8b",{"f":["c/a17a868bdb"],"t":[["that",1,"1:3"],["the",10,0]]});
