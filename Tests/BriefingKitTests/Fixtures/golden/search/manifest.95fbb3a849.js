briefingSearchData("manifest",{"v":3,"b":6,"rv":"5cb630d231","d":["000","d/a3658daf57","of","d/4b8e06c867"]});
