briefingSearchData("d/9d694a415b",{"f":[],"t":[["support",1,"6:6"]]});
