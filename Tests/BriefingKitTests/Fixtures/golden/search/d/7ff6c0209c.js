briefingSearchData("d/7ff6c0209c",{"f":[],"t":[["say",1,"1:0"]]});
