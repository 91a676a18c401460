// Every test sees the same clock zone, so date grouping and formatting are deterministic.
module.exports = async () => {
	process.env.TZ = "UTC";
};
