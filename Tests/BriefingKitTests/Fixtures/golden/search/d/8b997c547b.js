briefingSearchData("d/8b997c547b",{"f":[],"t":[["by",1,"1:d"]]});
