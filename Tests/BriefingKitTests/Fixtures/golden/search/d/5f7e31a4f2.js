briefingSearchData("d/5f7e31a4f2",{"f":[],"t":[["partnership",1,"g:e"],["pay",1,"1:3"]]});
