briefingSearchData("d/3fd24e2c04",{"f":[],"t":[["tv",2,"e:h;1:6"]]});
