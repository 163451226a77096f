briefingSearchData("manifest",{"v":3,"b":6,"rv":"42fe96e9dd","d":["000","d/9a202f5b04","security","d/90c29c7a97"]});
