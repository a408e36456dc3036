console.log("reimb: placeholder");
