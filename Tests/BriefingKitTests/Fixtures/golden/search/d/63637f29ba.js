briefingSearchData("d/63637f29ba",{"f":[],"t":[["of",2,"1:4,b"]]});
