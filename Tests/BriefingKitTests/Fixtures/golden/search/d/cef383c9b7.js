briefingSearchData("d/cef383c9b7",{"f":[],"t":[["checker",1,"6:2"]]});
