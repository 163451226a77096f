briefingSearchData("d/1bff590d7d",{"f":[],"t":[["gain",2,"1:2,1"],["gambit",2,"g:2;1:1"]]});
