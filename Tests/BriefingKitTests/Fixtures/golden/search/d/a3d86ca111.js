briefingSearchData("d/a3d86ca111",{"f":[],"t":[["what",3,"c:5;1:0,2"],["why",2,"c:3;1:2"]]});
