briefingSearchData("d/1b96e24c44",{"f":[],"t":[["ukraine",1,"g:2"]]});
