briefingSearchData("d/5f2d6350a3",{"f":[],"t":[["unknown",1,"1:4"],["unverifi",1,"6:a"]]});
