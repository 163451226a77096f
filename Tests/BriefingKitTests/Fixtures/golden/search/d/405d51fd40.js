briefingSearchData("d/405d51fd40",{"f":[],"t":[["also",1,"1:b"]]});
