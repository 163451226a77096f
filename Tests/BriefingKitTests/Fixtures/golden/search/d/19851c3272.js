briefingSearchData("d/19851c3272",{"f":[],"t":[["later",2,"c:5;5:a"]]});
