briefingSearchData("d/26e8d0d031",{"f":[],"t":[["year",1,"1:4"]]});
