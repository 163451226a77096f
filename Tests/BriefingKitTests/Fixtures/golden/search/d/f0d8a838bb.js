briefingSearchData("d/f0d8a838bb",{"f":[],"t":[["disput",1,"6:9"]]});
