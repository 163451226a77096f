briefingSearchData("d/753881cc9a",{"f":[],"t":[["ben",1,"6:2"],["between",1,"1:e"]]});
