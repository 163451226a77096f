briefingSearchData("d/5fc3078aec",{"f":[],"t":[["opinion",1,"6:8"]]});
