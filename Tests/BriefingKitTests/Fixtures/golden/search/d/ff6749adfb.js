briefingSearchData("d/ff6749adfb",{"f":[],"t":[["security",1,"6:2"],["see",2,"1:1,6"],["seen",1,"8:f"],["send",1,"1:2"],["sent",2,"5:6;1:2"]]});
