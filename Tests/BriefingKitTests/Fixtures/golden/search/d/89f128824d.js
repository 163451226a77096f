briefingSearchData("d/89f128824d",{"f":[],"t":[["known",1,"1:b"]]});
