briefingSearchData("d/b1b1179708",{"f":[],"t":[["wire",5,"e:f;2:4;1:2,1,3"],["with",1,"1:c"]]});
