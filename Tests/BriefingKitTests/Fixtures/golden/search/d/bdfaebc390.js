briefingSearchData("d/bdfaebc390",{"f":[],"t":[["on",2,"g:e;1:7"]]});
