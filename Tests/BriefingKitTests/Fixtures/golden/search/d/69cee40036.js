briefingSearchData("d/69cee40036",{"f":[],"t":[["clause",1,"1:e"]]});
