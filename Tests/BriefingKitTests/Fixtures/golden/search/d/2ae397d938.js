briefingSearchData("d/2ae397d938",{"f":[],"t":[["is",1,"1:e"]]});
