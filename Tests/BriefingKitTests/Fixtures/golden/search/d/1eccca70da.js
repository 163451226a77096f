briefingSearchData("d/1eccca70da",{"f":[],"t":[["june",1,"1:7"]]});
