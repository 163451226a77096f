briefingSearchData("manifest",{"v":2,"b":8,"rv":"3adf668427","d":["000","d/9311e23282","security","d/40d57ea250"]});
