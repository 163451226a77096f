briefingSearchData("manifest",{"v":1,"b":16,"r":"r/5fb601884e","d":["000","d/550dc4cf45"]});
