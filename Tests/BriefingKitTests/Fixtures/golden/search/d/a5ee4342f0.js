briefingSearchData("d/a5ee4342f0",{"f":[],"t":[["federation",1,"6:c"]]});
